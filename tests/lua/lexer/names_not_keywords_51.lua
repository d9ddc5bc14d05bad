-- Names that are keywords only in later Lua versions (goto, continue) are ordinary names in
-- 5.1; real keywords cannot follow '.' or ':' or be declared; names with digits/underscores.
local goto = 1
local continue = 2
local _ENV = "not special"
local t = {goto = 3, continue = 4}
print(goto, continue, _ENV, t.goto, t.continue)
function t.goto(x) return x end
print(t.goto(5))
for _, src in ipairs({"x = t.end", "x = t:and()", "local nil = 1", "local function for() end", "t.while = 1",
    "return _ ~= nil", "local _1, a_b, A9 = 1, 2, 3 return _1 + a_b + A9", "return t.goto",
    "local self = 5 return self", "local arg = 7 return arg", "return not_a_keyword_then", "local then = 1"}) do
  local f, e = loadstring(src, "=k")
  print(src, f and "ok" or e)
end
