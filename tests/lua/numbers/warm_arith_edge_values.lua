-- Arithmetic, comparison and math functions over boundary values (2^31, 2^53, 2^63, -0,
-- halves) repeated so fast paths warm up; a hash of all results plus samples.
local out = {}
local zero = 0
local nz = -zero
local function add(x) out[#out + 1] = tostring(x) end
local vals = {0, nz, 1, -1, 2^31 - 1, 2^31, -2^31, 2^32, 2^52, 2^53, 2^53 + 2, 2^62, 2^63, -2^63, 3037000500, 1e15, 0.5, -0.5}
for rep = 1, 3 do
  for _, a in ipairs(vals) do
    for _, b in ipairs(vals) do
      add(a + b); add(a - b); add(a * b); add(a % (b ~= 0 and b or 1)); add(a / (b ~= 0 and b or 1))
      add(a == b); add(a < b); add(a <= b)
    end
    add(-a); add(math.floor(a)); add(math.ceil(a)); add(math.abs(a)); add(a * -1); add(a * 0); add(0 * -a)
    add(math.max(a, 0)); add(math.min(a, nz)); add(math.fmod(a, 3)); add(a % -3); add(a ^ 2)
  end
end
local h = 0
for i = 1, #out do
  local s = out[i]
  for j = 1, #s do h = (h * 31 + s:byte(j)) % 2147483647 end
end
print(#out, h)
for i = 1, #out, 97 do io.write(out[i], " ") end
print()
local z = 0
for i = 1, 1000 do z = z - 0 end
print(z, -z, zero * -1, nz * 1)
local neg = nz
local acc = {}
for i = 1, 300 do acc[#acc + 1] = tostring(math.floor(neg)) .. tostring(math.ceil(-0.5)) .. tostring(neg * i) end
print(acc[1], acc[300])
local n = 1
for i = 1, 70 do n = n * 2 end
print(n, n - 1, n + 1 == n)
local m = 2^53
for i = 1, 10 do m = m + 1 end
print(string.format("%.0f", m))
local k = 0x7fffffff
for i = 1, 5 do k = k + 1 end
print(k, k * k, k * k * k)
