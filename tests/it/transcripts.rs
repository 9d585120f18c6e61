//! Scripted walks through `kadam simulate`, compared with snapshot transcripts.
