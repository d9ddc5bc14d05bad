-- shows the arguments as ... and the global arg, with its negative indices
print(select('#', ...), ...)
for i = -4, #arg do print(i, arg[i]) end
