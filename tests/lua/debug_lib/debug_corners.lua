-- debug library corners, one chunk per line run under pcall: getinfo with odd options, levels
-- and short_src forms of chunk names, traceback arguments, upvalues of builtins, hooks without
-- masks, getlocal indices 0 and negative, metatables and environments of odd values.
local chunks = {
  [=[return debug.getinfo(1, "")]=],
  [=[return pcall(debug.traceback, "x", "y")]=],
  [=[return debug.traceback(1, 2, 3)]=],
  [=[return debug.traceback("m", 1.5)]=],
  [=[return debug.getupvalue(print, 0)]=],
  [=[return debug.setupvalue(function() end, 1, 2)]=],
  [=[return debug.setfenv(print, nil)]=],
  [=[return #debug.getinfo(1, "L").activelines]=],
  [=[return debug.sethook(nil, "c")]=],
  [=[return debug.sethook(function() end)]=],
  [=[return debug.getinfo("1")]=],
  [=[return debug.getinfo(1.7, "l").currentline]=],
  [=[return debug.getinfo(-1)]=],
  [=[return debug.getlocal(1, 0)]=],
  [=[return debug.getlocal(1, -1)]=],
  [=[return debug.getregistry(1)]=],
  [=[return debug.getinfo(1, "S").source]=],
  [=[return debug.getinfo(1, "S").short_src]=],
  [=[return debug.getinfo(loadstring("return 1", "chunk name that is quite long indeed and goes on and on and on"), "S").short_src]=],
  [=[return debug.getinfo(loadstring("return 1", "@file/with/a/very/long/path/name/that/goes/on/and/on/and/on/forever.lua"), "S").short_src]=],
  [=[return debug.getinfo(loadstring("return 1", "=custom"), "S").short_src]=],
  [=[return debug.getinfo(loadstring("return 1", "line1\nline2"), "S").short_src]=],
  [=[return debug.getinfo(loadstring("return 1"), "S").short_src]=],
  [=[return debug.getinfo(loadstring("\n\nreturn 1"), "S").short_src]=],
  [=[return debug.traceback(loadstring("return 1", "=custom"))]=],
  [=[return debug.getinfo(print).what, debug.getinfo(print).currentline]=],
  [=[return debug.getinfo(1, "l").currentline]=],
  [=[return debug.getinfo(2, "S").what]=],
  [=[return debug.getinfo(3, "S").what]=],
  [=[return debug.getinfo(4, "S").what]=],
  [=[return debug.getinfo(5, "S")]=],
  [=[return select("#", debug.sethook())]=],
  [=[return debug.getmetatable(nil)]=],
  [=[return debug.getfenv(coroutine.create(function() end)) == _G]=],
  [=[return coroutine.running()]=],
  [=[return debug.getinfo(coroutine.wrap(function() end)).what]=],
  [=[return debug.getinfo(string.gmatch("a", "a")).what]=],
  [=[return debug.getinfo(2, "f").func == pcall]=],
  [=[return debug.getinfo(2, "n").name]=],
  [=[return debug.getinfo(1, "n").name]=],
}
for n, src in ipairs(chunks) do
  local r = {pcall(assert(loadstring(src, "=c" .. n)))}
  local out = {}
  for i = 1, table.maxn(r) do out[i] = (tostring(r[i]):gsub("0x%x%x%x%x+", "ADDR")) end
  print(n, table.concat(out, " | "))
end
