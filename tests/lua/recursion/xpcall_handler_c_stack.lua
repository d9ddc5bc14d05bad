-- An xpcall handler for "C stack overflow" runs where the failed call left the C-call count:
-- past the limit, with room for an eighth more before "error in error handling".
local depth, hdepth = 0, 0
local function inner() hdepth = hdepth + 1 return select(2, pcall(inner)) end
local function f()
  depth = depth + 1
  return xpcall(f, function(m)
    hdepth = 0
    local r = inner()
    return m .. " at " .. depth .. " / " .. tostring(r) .. " / " .. hdepth
  end)
end
print(select(-1, f()))
depth = 0
local function g()
  depth = depth + 1
  return xpcall(g, function(m) return tostring(setmetatable({}, { __tostring = function() return m .. "!" end })) end)
end
print(select(-1, g()))
local function h() return xpcall(h, function(m) error("again") end) end
print(select(-1, h()))
local function k() return xpcall(k, function(m) return m .. "@" .. depth end) end
depth = 0
print(select(-1, k()))
