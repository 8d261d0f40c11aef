# Shortcuts for those who have make; the README's commands need only bash and python3.
.PHONY: demo test setup
demo:
	bash scripts/dev.sh demo
test:
	bash scripts/dev.sh test
setup:
	bash scripts/dev.sh setup
