-- module with two option functions after the name
local print = print
module(..., function(m) print("option 1 for", m._NAME) m.opt1 = true end,
  function(m) print("option 2 sees opt1:", m.opt1) end)
value = 10
