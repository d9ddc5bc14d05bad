-- reports how many arguments the chunk got and the first one
return {n = select("#", ...), first = ..., second = select(2, ...)}
