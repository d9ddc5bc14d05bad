-- Borders of tables with holes as lua5.1 computes them (array part sized by the
-- constructor, binary search in luaH_getn); any border is legal, these are PUC's.
print(#{1, 2, nil, 4})
print(#{1, nil, 3})
print(#{nil, nil, 3})
print(#{1, 2, 3, nil})
print(#{nil})
print(#{1, nil})
print(#{n = 3, 1, 2})
local t = {1, 2, 3, 4, 5}
t[2] = nil
print(#t)
t[5] = nil
print(#t)
