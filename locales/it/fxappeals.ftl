# Ricorsi e diritti sulla moderazione: aiuto accanto alle parole di un ricorso (regola 25).
help-beside-minor = 💛 Se qualcuno ti fa stare male, puoi anche segnalarlo qui sotto. 📞 114 e 19696 sono gratis, a qualsiasi ora.
help-beside-adult = 💛 Se qualcuno ti fa stare male, puoi anche segnalarlo qui sotto. Se sei in pericolo adesso chiama il 112.
