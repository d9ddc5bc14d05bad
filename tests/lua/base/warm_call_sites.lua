-- Library calls from call sites that already ran many times with one kind of
-- argument, then get other kinds (strings for numbers, bad values, missing
-- arguments), and library functions replaced after their call sites are warm.
local function hot(f, a, b)
  local r
  for i = 1, 20000 do r = f(a, b) end
  return r
end
local function site(s, i) return string.byte(s, i) end
for i = 1, 20000 do site("abc", 2) end
print(site("abc", 2), site(123, 1), site("abc", "3"), site("abc", 2.9), pcall(site, {}, 1), pcall(site, "abc", {}))
local function fl(x) return math.floor(x) end
for i = 1, 20000 do fl(i + 0.5) end
print(fl(2.5), fl("3.5"), fl(-2^40 - 0.5), pcall(fl, "x"), pcall(fl))
local function sub(s, i, j) return string.sub(s, i, j) end
for i = 1, 20000 do sub("hello", 2, 3) end
print(sub("hello", -3), sub(12345, 2, 3), sub("hello", "2", "3"), pcall(sub, "hello"), pcall(sub, nil, 1))
local function sel(n, ...) return select(n, ...) end
for i = 1, 20000 do sel(2, 1, 2, 3) end
print(sel(-1, 1, 2, 3), sel("#", 1, 2), sel("2", "a", "b"), pcall(sel, 0, 1), pcall(sel, "x"))
local function rg(t, k) return rawget(t, k) end
for i = 1, 20000 do rg({5}, 1) end
print(rg({5}, 1), rg({a = 1}, "a"), pcall(rg, "str", 1), pcall(rg, nil, 1))
local function ty(v) return type(v) end
for i = 1, 20000 do ty(i) end
print(ty("s"), ty(nil), ty({}), pcall(ty))
local function ins(t, a, b, c) if c ~= nil then table.insert(t, a, b, c) elseif b ~= nil then table.insert(t, a, b) else table.insert(t, a) end return #t end
for i = 1, 20000 do ins({}, 1) end
print(ins({}, 1), ins({1}, 1, 2), pcall(ins, {}, 1, 2, 3), pcall(ins, nil, 1))
local function rem(t, p) return table.remove(t, p) end
for i = 1, 20000 do rem({1, 2}) end
print(rem({1, 2}), rem({1, 2}, 1), rem({}), pcall(rem, {1}, "x"), pcall(rem, "s"))
-- redefining a library function after its call sites have run many times
local function up(s) return string.upper(s) end
for i = 1, 20000 do up("a") end
local saved = string.upper
string.upper = function(s) return "patched " .. s end
print(up("x"))
string.upper = saved
print(up("x"))
local function len(s) return string.len(s) end
for i = 1, 20000 do len("abc") end
string = setmetatable({}, {__index = saved and _G.string})
print(pcall(len, "abc"))
