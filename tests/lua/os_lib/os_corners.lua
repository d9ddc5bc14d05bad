-- os library corners, one chunk per line run under pcall: dates far before and after the
-- usual range, huge times, an early year for os.time, remove/rename of odd names.
local chunks = {
  [=[return os.date("!%c", -1)]=],
  [=[return os.date("!%Y", -62167219200)]=],
  [=[return os.date("!%Y", 253402300800)]=],
  [=[return os.date("!*t", 1e20)]=],
  [=[return os.date("!%Y", 1e20)]=],
  [=[return os.time({year = 1900, month = 1, day = 1}) ~= nil]=],
  [=[return os.rename("nonexistent_a", "nonexistent_b")]=],
  [=[return os.remove("")]=],
  [=[return os.remove(".")]=],
}
for n, src in ipairs(chunks) do
  local r = {pcall(assert(loadstring(src, "=c" .. n)))}
  local out = {}
  for i = 1, table.maxn(r) do out[i] = (tostring(r[i]):gsub("0x%x%x%x%x+", "ADDR")) end
  print(n, table.concat(out, " | "))
end
