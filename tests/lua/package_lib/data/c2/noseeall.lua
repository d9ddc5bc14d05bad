module(...)
value = 10
function get() return value end
