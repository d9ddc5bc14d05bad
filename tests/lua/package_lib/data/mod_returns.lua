-- module(...) then an explicit return value: require keeps what module() stored
module(...)
return "explicit return"
