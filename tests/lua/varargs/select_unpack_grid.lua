-- select with positive, negative and out-of-range indices over varargs with nils;
-- unpack with explicit ranges over holes, empty ranges and string arguments.
local function sel(...)
  local out = {}
  for _, i in ipairs({1, 2, 3, 4, 5, -1, -2, -3, "#", "2"}) do
    local ok, a, b = pcall(select, i, ...)
    out[#out + 1] = tostring(i) .. ":" .. (ok and (tostring(a) .. "," .. tostring(b)) or a)
  end
  return table.concat(out, " ")
end
print(sel(1, nil, 3))
print(sel())
print(sel(nil, nil))
print(pcall(select, -5, 1, 2))
print(pcall(select, 0, 1))
print(pcall(select, "x"))
print(pcall(select))
local t = {1, nil, 3, nil, 5}
print(unpack(t, 1, 5))
print(unpack(t, 2, 4))
print(unpack(t, 4, 2))
print(unpack(t, -1, 1))
print(unpack({}, 1, 3))
print(unpack({"a", "b"}, "1", "2"))
print(select("#", unpack({}, 1, 0)), select("#", unpack({n = 3})), select("#", unpack({1, 2, nil})))
print(pcall(unpack))
print(pcall(unpack, "abc"))
print(pcall(unpack, {}, 1, 1e8))
print(unpack({1, 2, 3}, 2.5, 3.9))
