-- module(..., package.seeall): globals are visible, definitions go to the module table
module(..., package.seeall)
version = "1.0"
function describe() return _NAME .. " " .. version .. " " .. type(print) end
