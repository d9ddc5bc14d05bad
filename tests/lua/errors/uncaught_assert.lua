-- A failing assert at the top level with a custom message.
local config = {}
print("checking")
assert(config.name, "config.name is required")
