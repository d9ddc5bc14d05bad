-- module(...) without seeall: the module table is the environment, globals are not visible
local print, type = print, type
module(...)
function probe() return type(string), _NAME, _PACKAGE end
