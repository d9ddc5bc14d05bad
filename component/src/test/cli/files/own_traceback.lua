-- the message handler calls whatever function debug.traceback holds
debug.traceback = function(msg, level)
  return "replaced: " .. msg .. " at level " .. level
end
error("boom")
