-- count hooks fire every n instructions ("count" event, getinfo works in it); a count hook with
-- line events, gethook results, and turning hooks off from inside a hook.
local n = 0
debug.sethook(function(ev) n = n + 1 end, "", 1)
local x = 0
for i = 1, 10 do x = x + i end
debug.sethook()
print(n > 10, x)
local events = {}
debug.sethook(function(ev, line)
  events[#events + 1] = ev .. (line and (":" .. line) or "")
  if #events >= 6 then debug.sethook() end
end, "l")
local a = 1
local b = 2
local c = 3
local d = 4
local e = 5
local f = 6
print(table.concat(events, " "))
local h = function() end
debug.sethook(h, "crl", 5)
local fn, mask, count = debug.gethook()
debug.sethook()
print(fn == h, mask, count)
debug.sethook(h, "", 0)
print(select("#", debug.gethook()), select(2, debug.gethook()))
debug.sethook(h, "x", 3)
print(select(2, debug.gethook()), select(3, debug.gethook()))
debug.sethook()
print(select("#", debug.gethook()), select(2, debug.gethook()))
local seen
debug.sethook(function(ev) seen = ev .. " " .. tostring(debug.getinfo(2, "l").currentline) debug.sethook() end, "", 1)
local y = 1
print(seen)
