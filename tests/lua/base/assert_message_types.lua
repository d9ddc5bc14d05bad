-- assert: every value kind as condition, all results passed through, and the
-- message argument: strings, numbers (converted), tables (argument error), none.
local function try(...)
  print(pcall(assert, ...))
end
try(true)
try(1, 2, 3)
try(0)
try("")
try({} ~= nil, "unused")
try(false)
try(nil)
try(false, "custom")
try(nil, 42)
try(nil, 1.5)
try(false, "")
try()
try(nil, nil)
try(false, true)
local ok, e = pcall(assert, false, {})
print(ok, e)
local ok2, e2 = pcall(assert, nil, print)
print(ok2, e2)
print(select("#", assert(1, nil, nil)))
print(select("#", assert(1)))
-- assert called from a Lua function: luaL_error adds the caller's position
local function check(x) return assert(x, "no position here") end
print(pcall(check, false))
print(assert("v", "m") .. "!")
