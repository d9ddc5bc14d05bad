-- serializer round trip: nested tables written as Lua source with %q strings and %.17g
-- numbers (nan/inf spelled as expressions), sorted keys, loaded back with loadstring;
-- then %e/%f/%g rounding and flag cases.
local function ser(v, indent)
  indent = indent or ""
  local t = type(v)
  if t == "string" then return string.format("%q", v)
  elseif t == "number" then
    if v ~= v then return "0/0" elseif v == 1/0 then return "1/0" elseif v == -1/0 then return "-1/0" end
    return string.format("%.17g", v)
  elseif t == "table" then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) if type(a) == type(b) then return a < b end return type(a) < type(b) end)
    local out = { "{\n" }
    for _, k in ipairs(keys) do
      out[#out + 1] = indent .. "  [" .. ser(k) .. "] = " .. ser(v[k], indent .. "  ") .. ",\n"
    end
    out[#out + 1] = indent .. "}"
    return table.concat(out)
  end
  return tostring(v)
end
local data = { 0.1, 1/3, -0.0 + 1e-310, 2^63, "line\nbreak\r\0\"q\"\\", { nested = { true, false }, [1.5] = "x" }, big = 123456789012345678, tiny = 5e-324, nan = 0/0, inf = 1/0 }
local s = ser(data)
print(s)
local back = loadstring("return " .. s)()
print(ser(back) == s, back[2] == 1/3, back[1] == 0.1, back.tiny, back[5] == data[5])
for i = 1, 20 do io.write(string.format("%.17g %.16g %.15g|", i / 7, i / 7, i / 7)) end print()
print(string.format("%.20e|%.0e|%#.0e|%-12.3e|%+.2E", 1/3, 5e-324, 1e22, 6.02e23, -1.5e-7))
print(string.format("%.3f %.3f %.3f %.3f %.0f %.0f %.0f %.0f", 0.0005, 0.0015, 0.0025, -0.0005, 0.5, 1.5, 2.5, -0.5))
print(string.format("%g %g %g %g %g %g", 1e-4, 1e-5, 123456, 1234567, 0.1 + 0.2, 100))
print(string.format("%10.4g|%-10.4g|%010.4g|%+g|% g", math.pi, math.pi, -math.pi, 0.0, 2.0))
