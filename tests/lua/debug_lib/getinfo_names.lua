-- debug.getinfo(1, "n") inside functions called in different ways: global, local, method,
-- field, upvalue, for iterator, through pcall or a metamethod (no name), and in a tail call.
local function who() local i = debug.getinfo(2, "n") return tostring(i.name) .. "/" .. i.namewhat end
function gfun() return who() .. "" end
local function lfun() return who() .. "" end
local obj = {}
function obj.field() return who() .. "" end
function obj:meth() return who() .. "" end
print(gfun())
print(lfun())
print(obj.field())
print(obj:meth())
local function up() return lfun() end
local function viaUp() return (up()) end
print(viaUp())
local t = {f = {g = function() return who() .. "" end}}
print(t.f.g())
print(t["f"]["g"]())
local key = "g"
print(t.f[key]())
print(select(2, pcall(function() return who() .. "" end)))
local mt = setmetatable({}, {__index = function() return who() .. "" end, __call = function() return who() .. "" end})
print(mt.x)
print(mt())
for s in function(_, c) if not c then return who() .. "" end end do print(s) end
local function tail() return who() end
print(tail())
local a = {function() return who() .. "" end}
print(a[1]())
print(string.gsub("x", "x", function() return who() .. "" end))
