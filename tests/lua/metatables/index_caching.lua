-- An __index function that caches results with rawset is called once per key.
local calls = 0
local squares = setmetatable({}, {__index = function(t, k)
  calls = calls + 1
  local v = k * k
  rawset(t, k, v)
  return v
end})
print(squares[4], squares[4], squares[5], calls)
print(rawget(squares, 4), rawget(squares, 6))
