-- os.execute returns the raw wait status of /bin/sh: exit codes times 256, signal numbers,
-- 127 for a missing command, 1 (a shell exists) without a command.
local chunks = {
  [=[return os.execute("kill -9 $$")]=],
  [=[return os.execute("kill -15 $$")]=],
  [=[return os.execute("exit 255")]=],
  [=[return os.execute("exit 256")]=],
  [=[return os.execute("nonexistent_command_xyz 2>/dev/null")]=],
  [=[return os.execute("")]=],
  [=[return os.execute(nil)]=],
}
for n, src in ipairs(chunks) do
  local r = {pcall(assert(loadstring(src, "=c" .. n)))}
  local out = {}
  for i = 1, table.maxn(r) do out[i] = (tostring(r[i]):gsub("0x%x%x%x%x+", "ADDR")) end
  print(n, table.concat(out, " | "))
end
