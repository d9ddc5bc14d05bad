-- A function statement with a dotted or method name indexes and stores on
-- the line of 'function' (luaK_fixline in funcstat), however long its body.
a = 1
print(pcall(loadstring"function a.x.y ()\na=a+1\nend"))
a = {}
print(pcall(loadstring"function a.x.y ()\na=a+1\nend"))
a = {x = 1}
print(pcall(loadstring"function a.x:y ()\na=a+1\nend"))
t = setmetatable({}, {__newindex = function () error("no new fields", 2) end})
print(pcall(loadstring"function t.y ()\nlocal a = 1\nend"))
print(pcall(loadstring"function t:y ()\nlocal a = 1\n\nend"))
t2 = setmetatable({}, {__newindex = function (t, k)
  print("store", k, "at line", debug.getinfo(2, "l").currentline)
end})
function t2.f ()
  return 1
end
function t2:m (x,
               y)
  return x + y
end
