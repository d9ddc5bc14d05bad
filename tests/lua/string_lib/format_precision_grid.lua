-- %.Ng, %.Ne and %.Nf for precisions 0..17 on a few values.
local vals = {0.1, 2/3, 12345.6789, 1e-7, 123456789012, -0.5}
for p = 0, 17 do
  local g, e, f = {}, {}, {}
  for _, v in ipairs(vals) do
    g[#g + 1] = string.format("%." .. p .. "g", v)
    e[#e + 1] = string.format("%." .. p .. "e", v)
    f[#f + 1] = string.format("%." .. p .. "f", v)
  end
  print(p, table.concat(g, " "))
  print(p, table.concat(e, " "))
  print(p, table.concat(f, " "))
end
print(string.format("%.f|%.e|%.g|%.s|%.d|%.x", 2.5, 2.5, 2.5, "abc", 7, 255))
