-- A generic-for iterator that ends in a tail call: getinfo levels show "(tail call)" between
-- the callee and the loop, tracebacks and errors too, hooks name the tail return "(for generator)".
local function who()
  local out = {}
  for lvl = 2, 3 do
    local i = debug.getinfo(lvl, "nSl")
    out[#out + 1] = lvl .. ":" .. tostring(i.name) .. "/" .. i.namewhat .. "/" .. i.what .. "/" .. i.short_src .. "/" .. i.currentline
  end
  return table.concat(out, "  ")
end
for k in function() return who() end do print(k) break end
local function iter() return who() end
for k in iter do print(k) break end
local function chain2() return who() end
local function chain1() return chain2() end
for k in function() return chain1() end do print(k) break end
for k in function() local r = who(); return r end do print(k) break end
local function failing() local x = nil; return x.y end
print(pcall(function() for k in function() return failing() end do end end))
print(select(2, xpcall(function() for k in function() return failing() end do end end, debug.traceback)))
local function tb() return debug.traceback("tb", 1) end
for k in function() return tb() end do print(k) break end
local events = {}
local function counter(s, c) if c < 2 then return c + 1 end end
local function tailing(s, c) return counter(s, c) end
debug.sethook(function(e) local i = debug.getinfo(2, "n"); events[#events + 1] = e .. ":" .. tostring(i and i.name) end, "cr")
for k in tailing, nil, 0 do end
debug.sethook()
print(table.concat(events, " "))
local n = 0
for a, b in function(s, c) if c < 3 then return (function(x) return x, x * 2 end)(c + 1) end end, nil, 0 do n = n + a + b end
print(n)
