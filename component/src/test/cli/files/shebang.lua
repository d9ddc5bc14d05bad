#!/usr/bin/env lunacy
print("line 2")
error("at line 3")
