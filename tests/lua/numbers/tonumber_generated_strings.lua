-- tonumber (with and without a base) and arithmetic coercion of generated short strings of
-- digits, hex letters, signs, dots, exponents and whitespace.
SEED = 4
local seed = tonumber(SEED) or 5
local function rnd(n) seed = (seed * 16807) % 2147483647; return seed % n end
local alphabet = "0123456789abcdefzxXeE.+- \t\n"
local out = {}
for i = 1, 1500 do
  local len = rnd(7) + 1
  local chars = {}
  for j = 1, len do local k = rnd(#alphabet) + 1; chars[j] = alphabet:sub(k, k) end
  local s = table.concat(chars)
  local base = rnd(4) == 0 and (rnd(35) + 2) or nil
  local ok, v = pcall(tonumber, s, base)
  local ok2, v2 = pcall(function() return s + 0 end)
  out[#out + 1] = string.format("%q", s) .. " " .. tostring(base) .. " " .. tostring(v) .. " " .. (ok2 and tostring(v2) or "err")
end
print(table.concat(out, "\n"))
