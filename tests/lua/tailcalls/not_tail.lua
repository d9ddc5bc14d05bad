-- Calls that look like tail calls but are not: (f()), return f() + 0, return x, f().
local function depth(n) if n == 0 then return 0 end return depth(n - 1) + 1 end
print(depth(10000))
local function paren(n) if n == 0 then return "p" end return (paren(n - 1)) end
print(paren(10000))
local ok, err = pcall(function()
  local function grow(n) if n == 0 then return 0 end return 1 + grow(n - 1) end
  return grow(1e7)
end)
print(ok, (string.gsub(tostring(err), "^.-:%d+: ", "")))
