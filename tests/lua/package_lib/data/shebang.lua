#!/usr/bin/env lua
return "shebang module"
