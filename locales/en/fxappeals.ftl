# Appeals and rights around moderation: help beside an appeal's words (rule 25).
help-beside-minor = 💛 If someone is making you feel bad, you can also report it below. 📞 114 and 19696 are free, at any hour.
help-beside-adult = 💛 If someone is making you feel bad, you can also report it below. If you are in danger right now, call 112.
