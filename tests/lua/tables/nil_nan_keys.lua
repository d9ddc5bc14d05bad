-- nil and NaN keys: reading gives nil, writing raises errors.
local t = {}
print(t[nil])
print(pcall(function() t[nil] = 1 end))
local nan = 0 / 0
print(t[nan])
print(pcall(function() t[nan] = 1 end))
print(pcall(rawset, t, nil, 1))
print(pcall(rawset, t, nan, 1))
print(pcall(function() return {[nil] = 1} end))
print(pcall(function() local k; t[k] = 1 end))
print(rawget(t, nil))
t[1] = nil
print(next(t))
