-- Rethrowing caught errors keeps the original message; positions are not added twice.
local function inner() error("original") end
local function middle()
  local ok, e = pcall(inner)
  error(e, 0)
end
print(pcall(middle))
local function middle2()
  local ok, e = pcall(inner)
  error(e)
end
print(pcall(middle2))
local function middle3()
  local ok, e = pcall(inner)
  error("wrapped: " .. e, 2)
end
local function caller() middle3() end
print(pcall(caller))
