"""Warning problems: the questions a watch floor owns, with the rules that raise its level."""
