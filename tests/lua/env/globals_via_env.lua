-- Globals live in the environment table: _G, rawget(_G, ...), dynamic names.
myglobal = 10
print(_G.myglobal, _G["myglobal"], rawget(_G, "myglobal"))
_G.other = 20
print(other)
_G["with space"] = 30
print(_G["with space"])
for i = 1, 3 do _G["dyn" .. i] = i * i end
print(dyn1, dyn2, dyn3)
print(_G._G == _G, _G._G._G == _G)
myglobal = nil
print(myglobal, rawget(_G, "myglobal"))
print(type(_G), _G.print == print)
