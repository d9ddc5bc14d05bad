-- Numeric identities that hold exactly or within a tolerance, printed as
-- booleans: modf/frexp/ldexp reconstruction, trig, exp/log, floor/ceil.
local vals = {0.1, 0.5, 1, 2.5, -3.75, 100.125, 1e-10, 1e10, 12345.6789, -0.001}
local ok = {}
for _, v in ipairs(vals) do
  local i, f = math.modf(v)
  local m, e = math.frexp(v)
  local checks = {
    i + f == v,
    math.ldexp(m, e) == v,
    math.abs(m) >= 0.5 and math.abs(m) < 1,
    math.abs(math.sin(v) ^ 2 + math.cos(v) ^ 2 - 1) < 1e-12,
    math.abs(math.exp(math.log(math.abs(v))) - math.abs(v)) <= 1e-9 * math.abs(v),
    math.floor(v) <= v and math.ceil(v) >= v and math.ceil(v) - math.floor(v) <= 1,
    math.floor(-v) == -math.ceil(v),
    math.abs(math.atan2(math.sin(v), math.cos(v)) - math.atan(math.tan(v))) < 1e-9
      or math.abs(v) > math.pi / 2,
    math.abs(math.deg(math.rad(v)) - v) < 1e-9 * math.max(1, math.abs(v)),
    math.fmod(v, 1) == f,
    math.abs(math.sqrt(v * v) - math.abs(v)) < 1e-12 * math.max(1, math.abs(v)),
    math.pow(v, 2) == v * v,
    math.abs(math.cosh(v) ^ 2 - math.sinh(v) ^ 2 - 1) < 1e-6 or math.abs(v) > 10,
  }
  local row = {}
  for j, c in ipairs(checks) do row[j] = c and "t" or "F" end
  print(v, table.concat(row))
end
