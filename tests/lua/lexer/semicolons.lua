-- Optional semicolons after statements (5.1 forbids empty statements ';;').
local function check(src)
  local f, err = loadstring(src)
  print(f and "ok" or err)
end
local a = 1; local b = 2;
print(a + b);
do local c = 3; print(c); end;
check(";")
check("local x = 1;;")
check("return 1;")
check("return;")
check("do end;")
