-- io.popen corners, one chunk per line run under pcall: close results after exit codes and
-- signals, reading after the command ended, a write pipe, formats on a pipe, seek on a pipe,
-- closed pipes, setvbuf and flush, io.type and tostring.
local chunks = {
  [=[return io.popen("exit 5"):close()]=],
  [=[return io.popen("kill -9 $$"):close()]=],
  [=[local p = io.popen("echo a; exit 3") local s = p:read("*a") return s, p:close()]=],
  [=[local p = io.popen("cat > /dev/null", "w") return p:write("x"), p:close()]=],
  [=[local p = io.popen("echo 12 34") return p:read("*n", "*n", "*n")]=],
  [=[local p = io.popen("printf 'a\\0b'") return #p:read("*a")]=],
  [=[local p = io.popen("echo hi") p:close() return pcall(p.read, p)]=],
  [=[local p = io.popen("echo hi") return p:seek("cur")]=],
  [=[local p = io.popen("echo hi") return p:setvbuf("no"), p:flush()]=],
  [=[local p = io.popen("echo hi") return io.type(p), tostring(p):match("^file")]=],
}
for n, src in ipairs(chunks) do
  local r = {pcall(assert(loadstring(src, "=c" .. n)))}
  local out = {}
  for i = 1, table.maxn(r) do out[i] = (tostring(r[i]):gsub("0x%x%x%x%x+", "ADDR")) end
  print(n, table.concat(out, " | "))
end
