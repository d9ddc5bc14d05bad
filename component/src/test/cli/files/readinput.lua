-- reads its standard input line by line
for line in io.lines() do print("[" .. line .. "]") end
