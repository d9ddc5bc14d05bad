-- table.sort is not stable; sort by a key with a tiebreaker to get a defined order.
local people = {
  {name = "ann", age = 30}, {name = "bob", age = 25}, {name = "cid", age = 30},
  {name = "dan", age = 25}, {name = "eve", age = 35}, {name = "fay", age = 30},
}
table.sort(people, function(a, b)
  if a.age ~= b.age then return a.age < b.age end
  return a.name < b.name
end)
for _, p in ipairs(people) do io.write(p.name, ":", p.age, " ") end
print()
