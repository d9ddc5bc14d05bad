return {a = require("rec_a")}
