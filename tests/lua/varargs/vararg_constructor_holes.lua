-- {...} keeps nils in the middle; select('#') is the reliable count, not #.
local function pack(...) return {...}, select("#", ...) end
local t, n = pack(1, nil, 3)
print(n, t[1], t[2], t[3])
t, n = pack(nil, nil)
print(n, t[1], t[2])
t, n = pack()
print(n, next(t))
local function count_nils(...)
  local c = 0
  for i = 1, select("#", ...) do if select(i, ...) == nil then c = c + 1 end end
  return c
end
print(count_nils(nil, 1, nil, 2, nil))
