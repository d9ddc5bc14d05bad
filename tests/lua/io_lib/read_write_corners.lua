-- file reading and writing corners, one chunk per line run under pcall: several formats at once,
-- formats given as other types, counts, seeks past the end, closed files, io.lines arguments,
-- and what "*n" accepts (signs, hex, exponents, blanks, inf/nan) with the text left behind.
NAME = "read_write_corners.tmp"
local f = assert(io.open(NAME, "wb"))
f:write("line1\n42 0x10 -3e2 rest\n\nlast")
f:close()
local chunks = {
  [=[local f = io.open(NAME) return f:read("*l", "*n", "*n", "*n", "*l", "*l", "*l", "*l")]=],
  [=[local f = io.open(NAME) return f:read("*n")]=],
  [=[local f = io.open(NAME) f:read("*l") return f:read("*n", "*n", "*n", "*n")]=],
  [=[local f = io.open(NAME) return f:read(5, 0, 1, 0, "*l")]=],
  [=[local f = io.open(NAME) return f:seek("end", -4), f:read("*a"), f:read("*a"), f:read("*l"), f:read(0)]=],
  [=[local f = io.open(NAME) return f:seek("set", 100), f:read("*a"), f:read(1)]=],
  [=[local f = io.open(NAME) local t = {} for l in f:lines() do t[#t+1] = l end return #t, t[4]]=],
  [=[local f = io.open(NAME) return f:read("*L")]=],
  [=[local f = io.open(NAME) return f:read("l")]=],
  [=[local f = io.open(NAME) return f:read("*line")]=],
  [=[local f = io.open(NAME) return f:read("*number")]=],
  [=[local f = io.open(NAME) return f:read("*all") == f:read("*a")]=],
  [=[local f = io.open(NAME) return pcall(f.read, f, "*z")]=],
  [=[local f = io.open(NAME) return f:read(nil)]=],
  [=[local f = io.open(NAME) return f:read(true)]=],
  [=[local f = io.open(NAME) return f:read(-5)]=],
  [=[local f = io.open(NAME) return f:read(1e10) ~= nil]=],
  [=[local f = io.open(NAME) return f:read("5")]=],
  [=[local f = io.open(NAME, "r") return f:write("x")]=],
  [=[local f = io.open(NAME, "r") return f:flush()]=],
  [=[local f = io.open(NAME, "r") return f:setvbuf("no", 0)]=],
  [=[local f = io.open(NAME, "r") return f:setvbuf("full", -1)]=],
  [=[local f = io.open(NAME, "r") return tostring(f:lines()):match("^function")]=],
  [=[local f = io.open(NAME, "r") f:close() return pcall(f.lines, f)]=],
  [=[local f = io.open(NAME, "r") f:close() return tostring(f), io.type(f), f == f]=],
  [=[local f = io.open(NAME, "r") return io.close(f), io.close(f)]=],
  [=[return pcall(io.close, io.open(NAME))]=],
  [=[return io.lines(NAME, "extra")()]=],
  [=[return pcall(io.lines, NAME, 5)]=],
  [=[return io.input(NAME) ~= io.stdin, io.read("*l"), io.input(io.stdin) == io.stdin]=],
  [=[return io.tmpfile():write("abc"):seek("set")]=],
  [=[return io.tmpfile():seek("cur", 5)]=],
  [=[local t = io.tmpfile() t:write("abc") t:seek("set", 1) return t:read("*a")]=],
  [=[local t = io.tmpfile() t:write("12.5e1") t:seek("set") return t:read("*n")]=],
  [=[local t = io.tmpfile() t:write("nan") t:seek("set") return t:read("*n")]=],
  [=[local t = io.tmpfile() t:write("0x") t:seek("set") return t:read("*n"), t:read("*a")]=],
  [=[local t = io.tmpfile() t:write("- 5") t:seek("set") return t:read("*n"), t:read("*a")]=],
  [=[local t = io.tmpfile() t:write("++5") t:seek("set") return t:read("*n"), t:read("*a")]=],
  [=[local t = io.tmpfile() t:write("1e+") t:seek("set") return t:read("*n"), t:read("*a")]=],
  [=[local t = io.tmpfile() t:write("\t\v\f\r 9") t:seek("set") return t:read("*n"), t:read("*a")]=],
  [=[local t = io.tmpfile() t:write("1..2") t:seek("set") return t:read("*n"), t:read("*a")]=],
  [=[local t = io.tmpfile() t:write("0x1p4") t:seek("set") return t:read("*n"), t:read("*a")]=],
  [=[local t = io.tmpfile() t:write("infinity") t:seek("set") return t:read("*n"), t:read("*a")]=],
  [=[local t = io.tmpfile() t:write("-nan(123)") t:seek("set") return t:read("*n"), t:read("*a")]=],
  [=[local t = io.tmpfile() t:write("1,5") t:seek("set") return t:read("*n"), t:read("*a")]=],
  [=[local t = io.tmpfile() t:write("00x5") t:seek("set") return t:read("*n"), t:read("*a")]=],
}
for n, src in ipairs(chunks) do
  local r = {pcall(assert(loadstring(src, "=c" .. n)))}
  local out = {}
  for i = 1, table.maxn(r) do out[i] = (tostring(r[i]):gsub("0x%x%x%x%x+", "ADDR")) end
  print(n, table.concat(out, " | "))
end
print(os.remove(NAME))
