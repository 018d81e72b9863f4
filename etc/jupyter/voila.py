# The parts of Verksted's Voilà configuration that need Python; voila.json (in
# the repository root, read from the folder Voilà starts in) has the rest.
#
# Voilà reads voila.py from every Jupyter config directory. This file is
# installed into <prefix>/etc/jupyter/ with the package (pyproject.toml,
# shared-data), and `make serve` and the tests also point JUPYTER_CONFIG_PATH
# at this folder. It cannot sit beside voila.json: a voila.py in the folder
# Python starts in would shadow the voila package itself.
from widgets.server import page_config_hook, tornado_settings

c = get_config()  # noqa: F821 - provided by traitlets when it loads this file

# Gives the course template ("verksted") each page's place in the course:
# header, breadcrumb, previous/next links, and the template's UI strings.
c.VoilaConfiguration.page_config_hook = page_config_hook

# Security headers (with a Content-Security-Policy that keeps visitors' browsers
# from contacting any other site) and the strings of the Norwegian error pages.
c.Voila.tornado_settings = tornado_settings()
