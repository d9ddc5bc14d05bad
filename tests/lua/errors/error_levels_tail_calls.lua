-- error levels counted through tail calls: a level that lands on a "(tail call)" level or on a
-- builtin gets no position; the program ends with such an error raised from a for iterator.
local function raise(lvl) error("lvl" .. lvl, lvl) end
local function tail(lvl) return raise(lvl) end
local function nontail(lvl) raise(lvl) end
for lvl = 1, 4 do
  print(pcall(tail, lvl))
  print(pcall(nontail, lvl))
  print(pcall(function() return tail(lvl) end))
  print(pcall(function() local r = tail(lvl); return r end))
end
for k in function() return raise(2) end do end
