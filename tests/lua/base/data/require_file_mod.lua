-- Helper module for base/require_file.lua: counts how often its body runs.
local modname = ...
local M = {}
loads_counter = (loads_counter or 0) + 1
M.loads = loads_counter
function M.greet(who) return "hello " .. who .. " from " .. modname end
return M
