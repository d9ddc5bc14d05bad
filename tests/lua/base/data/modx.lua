module(...)
function hello() return "hello from " .. _NAME end
value = 42
