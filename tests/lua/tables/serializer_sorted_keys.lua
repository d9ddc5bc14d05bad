-- a small JSON-like serializer exercising recursion, sorting keys, string escapes and number formats
local function ser(v, indent)
  indent = indent or ""
  local t = type(v)
  if t == "table" then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b)
      if type(a) == type(b) then return a < b end
      return type(a) < type(b)
    end)
    local parts = {}
    for _, k in ipairs(keys) do
      parts[#parts + 1] = indent .. "  " .. (type(k) == "string" and string.format("%q", k) or "[" .. tostring(k) .. "]") .. ": " .. ser(v[k], indent .. "  ")
    end
    return "{\n" .. table.concat(parts, ",\n") .. "\n" .. indent .. "}"
  elseif t == "string" then
    return (string.format("%q", v):gsub("\n", "n"))
  else
    return tostring(v)
  end
end
print(ser({name = "lunacy", version = 5.1, list = {1, 2.5, -3e10, 1/3}, nested = {deep = {deeper = {true, false}}},
  ["with space"] = "line\nbreak", [10] = "ten", [2.5] = "float key"}))
