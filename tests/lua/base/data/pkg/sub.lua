module(..., package.seeall)
function info() return _NAME, _PACKAGE, type(_M), print ~= nil end
